-- wrk script (Lua is wrk's own scripting language): one GET with a bearer token, and a closing
-- line with the percentiles the bench reports. BENCH_PATH, BENCH_TOKEN, BENCH_ACCEPT from env.
local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN")
local accept = os.getenv("BENCH_ACCEPT") or "application/json"

request = function()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = accept })
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout))
end
