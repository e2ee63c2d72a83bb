-- One script for every wrk scenario of the benchmark; the environment says which one and with what.
--   SCENARIO  empty | poll | seats | hold | token
--   TOKENS    a file of queue tokens, one a line (poll, seats, hold)
--   CONCERT0, DATES, CONCERT_ID, DATE, USER_BASE  as bench.py explains where it sets them
local scenario = os.getenv("SCENARIO")
local counter = 0
local threads = {}
-- This thread's count of each status other than 200, read by done() through its thread object.
failures = {}

local function lines(path)
  local all = {}
  for line in io.lines(path) do
    all[#all + 1] = line
  end
  return all
end

local function split(text)
  local all = {}
  for part in string.gmatch(text, "[^,]+") do
    all[#all + 1] = part
  end
  return all
end

-- Runs in the main state before the threads start: each thread's state gets its own global id.
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

local tokens, dates
local json = { ["Content-Type"] = "application/json" }

function init(args)
  if os.getenv("TOKENS") then
    tokens = lines(os.getenv("TOKENS"))
  end
  if os.getenv("DATES") then
    dates = split(os.getenv("DATES"))
  end
end

-- The sequence number of this thread's next request, unique across threads: thread i of n takes
-- i, i + n, i + 2n, ... so consecutive requests of one thread go to distinct seats and users.
local function next_key()
  local key = counter * tonumber(os.getenv("WRK_THREADS")) + id
  counter = counter + 1
  return key
end

local function bearer(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

function request()
  if scenario == "empty" then
    return wrk.format("GET", "/api/benchmark/empty")
  elseif scenario == "poll" then
    return wrk.format("GET", "/api/token", bearer(tokens[1]))
  elseif scenario == "seats" then
    local key = next_key()
    return wrk.format("GET",
      "/api/reservation/seats?concertId=" .. os.getenv("CONCERT_ID") .. "&date=" .. os.getenv("DATE"),
      bearer(tokens[key % #tokens + 1]))
  elseif scenario == "hold" then
    local key = next_key() % tonumber(os.getenv("SEATS"))
    local concert = tonumber(os.getenv("CONCERT0")) + math.floor(key / 5000)
    local date = dates[math.floor((key % 5000) / 1000) + 1]
    local body = string.format('{"concertId":%d,"concertDate":"%s","seatNo":%d}',
      concert, date, key % 1000 + 1)
    return wrk.format("POST", "/api/reservation/reserve", bearer(tokens[key % #tokens + 1]), body)
  elseif scenario == "token" then
    local user = tonumber(os.getenv("USER_BASE")) + next_key()
    return wrk.format("POST", "/api/token/create", json, string.format('{"id":%d}', user))
  end
  error("unknown SCENARIO " .. tostring(scenario))
end

function response(status)
  if status ~= 200 then
    failures[status] = (failures[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local kinds = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("failures")) do
      kinds[#kinds + 1] = string.format("%d x %d", count, status)
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"errors":%d,"error_kinds":"%s",'
      .. '"p50_us":%d,"p95_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, errors, table.concat(kinds, ", "),
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
