-- wrk script: sends Slack requests that bench/run signed beforehand.
--
-- Lua in wrk cannot compute an HMAC, and themebot takes a repeated trigger_id of a change for
-- Slack's retry of a request it already handled, so bench/run writes a pool of complete, distinct,
-- signed HTTP requests, one file per wrk thread (BENCH_POOL.<thread>), every request BENCH_RECLEN
-- bytes long. Each thread sends its file's requests in order; a thread that runs out starts again.
-- Those repeats ("wrapped") are harmless for reads; for adds they are retries, so bench/run sizes
-- add pools to avoid them.
--
-- BENCH_ANSWERS (optional): record every answer as "thread index status body-start". Only with
-- one connection per thread (-tN -cN): wrk asks for a thread's next request after the previous
-- answer, so the answer belongs to the last request that thread issued. It makes wrk hand every
-- body to Lua, which costs throughput: bench/run uses it only for the durable-write run.
-- BENCH_RESULT: where done() writes the run's figures as one JSON object.

local pool = os.getenv("BENCH_POOL")
local reclen = tonumber(os.getenv("BENCH_RECLEN"))
local record_answers = (os.getenv("BENCH_ANSWERS") or "") ~= ""

local threads = {}
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(pool .. "." .. tid, "rb"))
  data = f:read("*a")
  f:close()
  count = math.floor(#data / reclen)
  issued = 0
  answers = {}
end

function request()
  last = issued % count
  issued = issued + 1
  return data:sub(last * reclen + 1, (last + 1) * reclen)
end

if record_answers then
  function response(status, headers, body)
    local start = string.gsub(string.sub(body or "", 1, 200), "[\r\n]", " ")
    answers[#answers + 1] = last .. " " .. status .. " " .. start
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local wrapped = 0
  local out = record_answers and assert(io.open(os.getenv("BENCH_ANSWERS"), "w"))
  for _, t in ipairs(threads) do
    local n, k = t:get("issued") or 0, t:get("count") or 0
    if n > k then wrapped = wrapped + n - k end
    if out then
      for _, line in ipairs(t:get("answers") or {}) do
        out:write(t:get("tid"), " ", line, "\n")
      end
    end
  end
  if out then out:close() end
  local f = assert(io.open(os.getenv("BENCH_RESULT"), "w"))
  f:write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"status_errors":%d,"socket_errors":%d,"timeouts":%d,"wrapped":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write,
    e.timeout, wrapped))
  f:close()
end
