command = "stop now"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["stop"]:
        print("stopping")
print("no case matched, continuing")
match 5:
    case x:
        print("irrefutable binds", x)
