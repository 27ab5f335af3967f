#ifndef CHARGEDESK_CCURL_SHIM_H
#define CHARGEDESK_CCURL_SHIM_H

// curl_easy_setopt and curl_easy_getinfo are variadic, and Swift cannot call C variadic
// functions. These typed wrappers are the only way the rest of the code reaches them.
#include <curl/curl.h>

static inline CURLcode cd_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode cd_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode cd_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode cd_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

typedef size_t (*cd_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode cd_easy_setopt_data_callback(CURL *handle, CURLoption option, cd_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode cd_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode cd_easy_getinfo_socket(CURL *handle, CURLINFO info, curl_socket_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
