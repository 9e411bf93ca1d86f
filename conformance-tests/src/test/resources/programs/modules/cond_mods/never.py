print("never: this body must not run")
