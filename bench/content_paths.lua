-- wrk script of bench/content_bench.sh: requests the paths of BENCH_PATHS (space-separated)
-- in turn; with BENCH_UNCACHED=1 each request gets a unique harmless query parameter r=...,
-- so that it misses the server's page cache (which is keyed by the whole request target).
local paths = {}
local uncached = os.getenv("BENCH_UNCACHED") == "1"
local counter = 0
local tid = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
    paths[#paths + 1] = p
  end
  counter = tid * 7919 % #paths
end

function request()
  counter = counter + 1
  local p = paths[(counter % #paths) + 1]
  if uncached then
    local sep = string.find(p, "?", 1, true) and "&" or "?"
    p = p .. sep .. "r=" .. tid .. "x" .. counter
  end
  return wrk.format("GET", p)
end
