// SPDX-License-Identifier: Apache-2.0
// A small HTTP GET client over libcurl for the importers: time-outs,
// retries with doubling back-off, a request budget and a response size
// limit. One connection is reused across requests (keep-alive).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace planwerk::sources::detail {

struct HttpOptions {
  std::chrono::milliseconds timeout{30000};
  unsigned retries = 3;
  std::chrono::milliseconds backoff{500};
  std::size_t request_budget = 100000;
  std::size_t max_response_bytes = 64u << 20;
};

struct HttpResponse {
  long status = 0;
  std::string body;
  std::string date;  // the Date header, "" if none
};

class Http {
 public:
  explicit Http(const HttpOptions& options);
  ~Http();
  Http(const Http&) = delete;
  Http& operator=(const Http&) = delete;

  // GET `url`. Time-outs, failed connections, 429 and 5xx are tried again
  // (options.retries times, waiting backoff, 2 backoff, ...); the last
  // answer is returned whatever its status. Throws Error(io) when no answer
  // came after the retries or the body is too large, Error(out_of_range)
  // when the budget is spent, Error(invalid_argument) for a URL that is not
  // http or https.
  HttpResponse get(const std::string& url);

  std::size_t requests() const noexcept { return requests_; }
  std::size_t retries() const noexcept { return retries_; }

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  HttpOptions options_;
  std::size_t requests_ = 0;
  std::size_t retries_ = 0;
};

}  // namespace planwerk::sources::detail
