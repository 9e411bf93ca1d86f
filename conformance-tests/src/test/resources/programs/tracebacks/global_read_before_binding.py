# A function called before the module statement that binds the global it reads: NameError.
def main():
    print("total is", total)

main()
total = 1
