nums = iter([2, 4, 5, 6, 8])
print(all(n % 2 == 0 for n in nums), list(nums))
nums = iter([1, 3, 4, 5])
print(any(n % 2 == 0 for n in nums), list(nums))
