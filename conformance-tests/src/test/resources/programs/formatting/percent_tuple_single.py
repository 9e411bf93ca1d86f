t = (1, 2)
try:
    print("%s" % t)
except TypeError as e:
    print("TypeError:", e)
print("%s" % (t,), "%r" % ((t,),))
print("%s-%s" % t, "%d%%" % 50)
