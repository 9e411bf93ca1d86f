# A condensed Richards-style benchmark: an operating-system scheduler simulation with
# an idle task, a worker, two handlers and two devices exchanging packets. It keeps the
# original's shape (classes, linked packet queues, method dispatch, attribute traffic).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        scheduler.tasks[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.held = True
            return None
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= 4:
                self.work = work.link
                return self.scheduler.queue_packet(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.scheduler.queue_packet(dev)
        self.waiting = True
        return None


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return None
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        self.held = True
        return None


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.queue_count = 0
        self.hold_count = 0

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task

    def queue_packet(self, packet):
        task = self.tasks[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        task.receive(packet)
        return task

    def schedule(self):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        while True:
            ran = False
            for task in order:
                if task.runnable():
                    self.current = task
                    task.run(task.take_packet())
                    ran = True
                    break
            if not ran:
                return


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, 2000 + handler, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


for _ in range(10):
    result = run_once(10000)
print(result)
