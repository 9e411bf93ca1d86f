# The entry file imported by its own name is a second module: CPython runs it again as
# `entry_imported_by_name`, with its own globals, while `__main__` waits at the import.
print("start", __name__)
counter = 0
counter += 1
if __name__ == "__main__":
    import selfimp_mods.reader
    import entry_imported_by_name as again

    print("main:", __name__, counter, "module:", again.__name__, again.counter, again.LATE)
    print(again is selfimp_mods.reader.entry, again.selfimp_mods is selfimp_mods)
    print(selfimp_mods.reader.seen)
    again.counter = 10
    print(counter, again.counter, again.bump(), counter)
else:
    import selfimp_mods.reader

    print("as module: package has reader yet:", hasattr(selfimp_mods, "reader"))


def bump():
    global counter
    counter += 1
    return counter


LATE = "late"
print("end", __name__)
