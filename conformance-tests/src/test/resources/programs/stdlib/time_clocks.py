# time: the clocks' types and monotonicity, sleep blocking at least as long as asked, its errors.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18, abs(time.time() - time.time_ns() / 1e9) < 5)
m = [time.monotonic_ns() for _ in range(1000)]
p = [time.perf_counter() for _ in range(1000)]
print(m == sorted(m), p == sorted(p))
for secs in (0, 0.01, 0.02, 1e-6):
    start = time.perf_counter()
    start_ns = time.monotonic_ns()
    print(time.sleep(secs))
    print(time.perf_counter() - start >= secs, time.monotonic_ns() - start_ns >= secs * 1e9)
busy = time.process_time()
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= busy)
for bad in ['1', -1, -0.5, float('nan'), 2**63, float('inf'), None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__ + ':', e)
