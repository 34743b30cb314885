import BudgetETL
print("budget-etl")
