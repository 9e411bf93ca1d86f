total = 0
def add(n):
    global total
    total += n
def shadow():
    total = -1
    return total
add(5); add(7)
print(total, shadow(), total)
def create():
    global created
    created = "yes"
create()
print(created)
