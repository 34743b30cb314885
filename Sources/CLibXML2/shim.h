#ifndef BUDGET_ETL_CLIBXML2_SHIM_H
#define BUDGET_ETL_CLIBXML2_SHIM_H
// xmlversion.h first, then drop ICU: Debian's libxml2 headers would otherwise pull in ICU
// headers that clash with Foundation's own ICU module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#endif
