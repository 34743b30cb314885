import ArgumentParser
import BudgetETL

BudgetETLCommand.main()
