class Base:
    def run(self):
        raise NotImplementedError("subclass must implement")
class Impl(Base):
    def run(self):
        return "ran"
print(Impl().run())
Base().run()
