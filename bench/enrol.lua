-- wrk script for bench/bench_api.py: each request enrols the next trainee (a line "session_id token" of the
-- file given after --), the two wrk threads taking alternate lines, so no trainee enrols twice.
local threads = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  lines = {}
  for line in io.lines(args[1]) do
    lines[#lines + 1] = line
  end
  step = tonumber(args[2])
  index = offset + 1
end

function request()
  local line = lines[index]
  if line == nil then
    -- Out of trainees: repeat the last one (counted by the bench as "ran out").
    line = lines[#lines]
  else
    index = index + step
  end
  local session, token = line:match("(%d+) (%S+)")
  return wrk.format("POST", "/api/v1/sessions/" .. session .. "/enrol", { Authorization = "Bearer " .. token })
end
