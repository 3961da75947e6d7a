// SPDX-License-Identifier: Apache-2.0
#include "http.hpp"

#include <curl/curl.h>

#include <thread>

#include "planwerk/error.hpp"
#include "planwerk/version.h"

namespace planwerk::sources::detail {
namespace {

// libcurl's global state, set up once per process before the first handle
// (curl_global_init is not thread-safe in older libcurl; a function-local
// static is).
void global_init() {
  static const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (code != CURLE_OK) throw Error(ErrorCode::internal, std::string("libcurl: ") + curl_easy_strerror(code));
}

struct Sink {
  std::string* body;
  std::string* date;
  std::size_t limit;
  bool too_large = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body->size() + n > sink->limit) {
    sink->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

std::size_t read_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::string_view line(data, size * count);
  constexpr std::string_view name = "date:";
  if (line.size() > name.size()) {
    bool match = true;
    for (std::size_t i = 0; i < name.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) match = false;
    if (match) {
      std::string_view value = line.substr(name.size());
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
      while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.remove_suffix(1);
      *sink->date = std::string(value);
    }
  }
  return size * count;
}

bool worth_retrying(CURLcode code) {
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
         code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR || code == CURLE_GOT_NOTHING ||
         code == CURLE_PARTIAL_FILE;
}

}  // namespace

struct Http::Handle {
  CURL* curl = nullptr;
  ~Handle() {
    if (curl != nullptr) curl_easy_cleanup(curl);
  }
};

Http::Http(const HttpOptions& options) : handle_(std::make_unique<Handle>()), options_(options) {
  global_init();
  handle_->curl = curl_easy_init();
  if (handle_->curl == nullptr) throw Error(ErrorCode::internal, "libcurl: cannot create a handle");
}

Http::~Http() = default;

HttpResponse Http::get(const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
    throw Error(ErrorCode::invalid_argument, "only http and https URLs are read, not \"" + url + "\"");
  CURL* c = handle_->curl;
  auto wait = options_.backoff;
  for (unsigned attempt = 0;; ++attempt) {
    if (requests_ >= options_.request_budget)
      throw Error(ErrorCode::out_of_range, "the request budget of " + std::to_string(options_.request_budget) +
                                               " requests is spent (at " + url + ")");
    ++requests_;
    HttpResponse response;
    Sink sink{&response.body, &response.date, options_.max_response_bytes};
    char error[CURL_ERROR_SIZE] = "";
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.timeout.count()));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_response_bytes));
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
    curl_easy_setopt(c, CURLOPT_USERAGENT, "planwerk/" PW_VERSION_STRING);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, read_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &sink);
    const CURLcode code = curl_easy_perform(c);
    if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED)
      throw Error(ErrorCode::io, url + ": the answer is larger than " + std::to_string(options_.max_response_bytes) +
                                     " bytes");
    bool again = false;
    std::string why;
    if (code != CURLE_OK) {
      why = error[0] != '\0' ? error : curl_easy_strerror(code);
      again = worth_retrying(code);
      if (!again) throw Error(ErrorCode::io, url + ": " + why);
    } else {
      curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
      again = response.status == 429 || response.status >= 500;
      why = "HTTP " + std::to_string(response.status);
      if (!again) return response;
    }
    if (attempt >= options_.retries) {
      if (code == CURLE_OK) return response;  // the caller says what the status means
      throw Error(ErrorCode::io, url + ": " + why + " (tried " + std::to_string(attempt + 1) + " times)");
    }
    ++retries_;
    std::this_thread::sleep_for(wait);
    wait *= 2;
  }
}

}  // namespace planwerk::sources::detail
