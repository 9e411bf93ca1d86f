const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const KIND_DEVICE = 0, KIND_WORK = 1;
class Packet {
  constructor(link, ident, kind) { this.link = link; this.ident = ident; this.kind = kind; this.datum = 0; this.data = [0, 0, 0, 0]; }
  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}
class Task {
  constructor(s, ident, priority, queue) {
    this.scheduler = s; this.ident = ident; this.priority = priority; this.queue = queue;
    this.held = false; this.waiting = queue === null; s.tasks[ident] = this;
  }
  runnable() { return !this.held && (!this.waiting || this.queue !== null); }
  takePacket() { const p = this.queue; if (p !== null) { this.queue = p.link; this.waiting = false; } return p; }
  receive(packet) { this.queue = packet.appendTo(this.queue); this.waiting = false; }
}
class IdleTask extends Task {
  constructor(s, ident, priority, count) { super(s, ident, priority, null); this.waiting = false; this.seed = 1; this.count = count; }
  run() {
    if (--this.count === 0) { this.held = true; return null; }
    if ((this.seed & 1) === 0) { this.seed >>= 1; return this.scheduler.release(DEVICE_A); }
    this.seed = (this.seed >> 1) ^ 0xd008;
    return this.scheduler.release(DEVICE_B);
  }
}
class WorkerTask extends Task {
  constructor(s, ident, priority, queue) { super(s, ident, priority, queue); this.destination = HANDLER_A; this.letter = 0; }
  run(packet) {
    if (packet === null) { this.waiting = true; return null; }
    this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.ident = this.destination; packet.datum = 0;
    for (let i = 0; i < 4; i++) { this.letter = (this.letter + 1) % 26; packet.data[i] = this.letter; }
    return this.scheduler.queuePacket(packet);
  }
}
class HandlerTask extends Task {
  constructor(s, ident, priority, queue) { super(s, ident, priority, queue); this.work = null; this.devices = null; }
  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    if (this.work !== null) {
      const work = this.work, count = work.datum;
      if (count >= 4) { this.work = work.link; return this.scheduler.queuePacket(work); }
      if (this.devices !== null) {
        const dev = this.devices; this.devices = dev.link;
        dev.datum = work.data[count]; work.datum = count + 1;
        return this.scheduler.queuePacket(dev);
      }
    }
    this.waiting = true;
    return null;
  }
}
class DeviceTask extends Task {
  constructor(s, ident, priority) { super(s, ident, priority, null); this.pending = null; }
  run(packet) {
    if (packet === null) {
      if (this.pending === null) { this.waiting = true; return null; }
      const p = this.pending; this.pending = null;
      return this.scheduler.queuePacket(p);
    }
    this.pending = packet; this.scheduler.holdCount++; this.held = true;
    return null;
  }
}
class Scheduler {
  constructor() { this.tasks = new Array(6).fill(null); this.queueCount = 0; this.holdCount = 0; this.current = null; }
  release(ident) { const t = this.tasks[ident]; t.held = false; return t; }
  queuePacket(packet) {
    const t = this.tasks[packet.ident];
    this.queueCount++;
    packet.ident = this.current.ident;
    t.receive(packet);
    return t;
  }
  schedule() {
    const order = this.tasks.slice().sort((a, b) => b.priority - a.priority);
    for (;;) {
      let ran = false;
      for (const t of order) {
        if (t.runnable()) { this.current = t; t.run(t.takePacket()); ran = true; break; }
      }
      if (!ran) return;
    }
  }
}
function runOnce(count) {
  const s = new Scheduler();
  new IdleTask(s, IDLE, 0, count);
  let work = new Packet(null, WORKER, KIND_WORK);
  work = new Packet(work, WORKER, KIND_WORK);
  new WorkerTask(s, WORKER, 1000, work);
  for (const [handler, device] of [[HANDLER_A, DEVICE_A], [HANDLER_B, DEVICE_B]]) {
    let q = new Packet(null, device, KIND_DEVICE);
    q = new Packet(q, device, KIND_DEVICE);
    q = new Packet(q, device, KIND_DEVICE);
    new HandlerTask(s, handler, 2000 + handler, q);
  }
  new DeviceTask(s, DEVICE_A, 4000);
  new DeviceTask(s, DEVICE_B, 5000);
  s.schedule();
  return [s.queueCount, s.holdCount];
}
let result;
for (let i = 0; i < 10; i++) result = runOnce(10000);
console.log(`(${result[0]}, ${result[1]})`);
