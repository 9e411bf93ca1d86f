import util
import routed_user

print("main", util.square(4))
print(routed_user.run())
print(routed_user.total_of([1, 2.5, 3]))
print(routed_user.grow([1], {}))
