print(1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 5e-324 / 2)
print(1e308 + 1e308, -1e308 - 1e308)
import sys
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 > 1.0)
