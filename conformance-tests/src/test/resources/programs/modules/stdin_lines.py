# stdin: 3
# stdin: 10 20 30
# stdin: hello world
import sys
n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums))
rest = sys.stdin.read()
print(repr(rest))
