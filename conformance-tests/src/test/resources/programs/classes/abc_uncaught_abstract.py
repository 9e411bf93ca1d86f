from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self):
        return 'running'
print(sorted(Half.__abstractmethods__))
Half()
