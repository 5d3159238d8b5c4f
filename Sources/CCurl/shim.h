#ifndef ASHBY_CCURL_SHIM_H
#define ASHBY_CCURL_SHIM_H
#include <curl/curl.h>
#endif
