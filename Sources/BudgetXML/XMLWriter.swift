import BudgetModel
import CLibXML2
