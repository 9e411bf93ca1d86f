import math
print(math.sqrt(16.0))
print(math.sqrt(-16.0))
