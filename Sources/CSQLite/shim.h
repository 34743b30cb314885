#ifndef BUDGET_ETL_CSQLITE_SHIM_H
#define BUDGET_ETL_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
