#ifndef ASHBY_CCURLSHIM_H
#define ASHBY_CCURLSHIM_H
#include <curl/curl.h>

// curl_easy_setopt / curl_easy_getinfo are variadic and do not import into Swift:
// one typed wrapper per argument kind.
CURLcode ashby_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ashby_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode ashby_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode ashby_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode ashby_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);

typedef size_t (*ashby_curl_data_callback)(char *data, size_t size, size_t count, void *context);
CURLcode ashby_curl_setopt_write_function(CURL *handle, ashby_curl_data_callback callback);
CURLcode ashby_curl_setopt_header_function(CURL *handle, ashby_curl_data_callback callback);

CURLcode ashby_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode ashby_curl_getinfo_double(CURL *handle, CURLINFO info, double *value);

// Cast macros do not import either.
long ashby_curlauth_basic(void);
long ashby_curl_global_default(void);
long ashby_curl_http_version_1_1(void);
#endif
