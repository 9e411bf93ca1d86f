// Richards benchmark (classic algorithm), hand-written JavaScript twin of richards.py.
const I_IDLE = 1, I_WORK = 2, I_HANDLERA = 3, I_HANDLERB = 4, I_DEVA = 5, I_DEVB = 6;
const K_DEV = 1000, K_WORK = 1001;
const BUFSIZE = 4, TASKTABSIZE = 10;
const A = 'A'.charCodeAt(0);

class Packet {
  constructor(link, ident, kind) {
    this.link = link; this.ident = ident; this.kind = kind;
    this.datum = 0; this.data = new Array(BUFSIZE).fill(0);
  }
  appendTo(lst) {
    this.link = null;
    if (lst === null) return this;
    let p = lst, next = p.link;
    while (next !== null) { p = next; next = p.link; }
    p.link = this;
    return lst;
  }
}

class DeviceTaskRec { constructor() { this.pending = null; } }
class IdleTaskRec { constructor() { this.control = 1; this.count = 10000; } }
class HandlerTaskRec {
  constructor() { this.workIn = null; this.deviceIn = null; }
  workInAdd(p) { this.workIn = p.appendTo(this.workIn); return this.workIn; }
  deviceInAdd(p) { this.deviceIn = p.appendTo(this.deviceIn); return this.deviceIn; }
}
class WorkerTaskRec { constructor() { this.destination = I_HANDLERA; this.count = 0; } }

class TaskState {
  constructor() { this.packetPending = true; this.taskWaiting = false; this.taskHolding = false; }
  packetPendingState() { this.packetPending = true; this.taskWaiting = false; this.taskHolding = false; return this; }
  waiting() { this.packetPending = false; this.taskWaiting = true; this.taskHolding = false; return this; }
  running() { this.packetPending = false; this.taskWaiting = false; this.taskHolding = false; return this; }
  waitingWithPacket() { this.packetPending = true; this.taskWaiting = true; this.taskHolding = false; return this; }
  isTaskHoldingOrWaiting() { return this.taskHolding || (!this.packetPending && this.taskWaiting); }
  isWaitingWithPacket() { return this.packetPending && this.taskWaiting && !this.taskHolding; }
}

const area = { taskTab: new Array(TASKTABSIZE).fill(null), taskList: null, holdCount: 0, qpktCount: 0 };

class Task extends TaskState {
  constructor(ident, priority, workQueue, initialState, handle) {
    super();
    this.link = area.taskList; this.ident = ident; this.priority = priority; this.input = workQueue;
    this.packetPending = initialState.packetPending;
    this.taskWaiting = initialState.taskWaiting;
    this.taskHolding = initialState.taskHolding;
    this.handle = handle;
    area.taskList = this;
    area.taskTab[ident] = this;
  }
  addPacket(p, old) {
    if (this.input === null) {
      this.input = p;
      this.packetPending = true;
      if (this.priority > old.priority) return this;
    } else {
      p.appendTo(this.input);
    }
    return old;
  }
  runTask() {
    let msg;
    if (this.isWaitingWithPacket()) {
      msg = this.input;
      this.input = msg.link;
      if (this.input === null) this.running(); else this.packetPendingState();
    } else {
      msg = null;
    }
    return this.fn(msg, this.handle);
  }
  waitTask() { this.taskWaiting = true; return this; }
  hold() { area.holdCount++; this.taskHolding = true; return this.link; }
  release(ident) {
    const t = this.findTcb(ident);
    t.taskHolding = false;
    return t.priority > this.priority ? t : this;
  }
  qpkt(pkt) {
    const t = this.findTcb(pkt.ident);
    area.qpktCount++;
    pkt.link = null;
    pkt.ident = this.ident;
    return t.addPacket(pkt, this);
  }
  findTcb(ident) {
    const t = area.taskTab[ident];
    if (t === null) throw new Error(`bad task id ${ident}`);
    return t;
  }
}

class DeviceTask extends Task {
  fn(pkt, rec) {
    if (pkt === null) {
      pkt = rec.pending;
      if (pkt === null) return this.waitTask();
      rec.pending = null;
      return this.qpkt(pkt);
    }
    rec.pending = pkt;
    return this.hold();
  }
}

class HandlerTask extends Task {
  fn(pkt, rec) {
    if (pkt !== null) {
      if (pkt.kind === K_WORK) rec.workInAdd(pkt); else rec.deviceInAdd(pkt);
    }
    const work = rec.workIn;
    if (work === null) return this.waitTask();
    const count = work.datum;
    if (count >= BUFSIZE) { rec.workIn = work.link; return this.qpkt(work); }
    const dev = rec.deviceIn;
    if (dev === null) return this.waitTask();
    rec.deviceIn = dev.link;
    dev.datum = work.data[count];
    work.datum = count + 1;
    return this.qpkt(dev);
  }
}

class IdleTask extends Task {
  fn(pkt, rec) {
    rec.count--;
    if (rec.count === 0) return this.hold();
    if ((rec.control & 1) === 0) { rec.control >>= 1; return this.release(I_DEVA); }
    rec.control = (rec.control >> 1) ^ 0xd008;
    return this.release(I_DEVB);
  }
}

class WorkTask extends Task {
  fn(pkt, rec) {
    if (pkt === null) return this.waitTask();
    const dest = rec.destination === I_HANDLERA ? I_HANDLERB : I_HANDLERA;
    rec.destination = dest;
    pkt.ident = dest;
    pkt.datum = 0;
    for (let i = 0; i < BUFSIZE; i++) {
      rec.count++;
      if (rec.count > 26) rec.count = 1;
      pkt.data[i] = A + rec.count - 1;
    }
    return this.qpkt(pkt);
  }
}

function schedule() {
  let t = area.taskList;
  while (t !== null) t = t.isTaskHoldingOrWaiting() ? t.link : t.runTask();
}

function runOnce() {
  area.taskTab = new Array(TASKTABSIZE).fill(null);
  area.taskList = null;
  area.holdCount = 0;
  area.qpktCount = 0;
  new IdleTask(I_IDLE, 1, null, new TaskState().running(), new IdleTaskRec());
  let wkq = new Packet(null, 0, K_WORK);
  wkq = new Packet(wkq, 0, K_WORK);
  new WorkTask(I_WORK, 1000, wkq, new TaskState().waitingWithPacket(), new WorkerTaskRec());
  wkq = new Packet(null, I_DEVA, K_DEV);
  wkq = new Packet(wkq, I_DEVA, K_DEV);
  wkq = new Packet(wkq, I_DEVA, K_DEV);
  new HandlerTask(I_HANDLERA, 2000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());
  wkq = new Packet(null, I_DEVB, K_DEV);
  wkq = new Packet(wkq, I_DEVB, K_DEV);
  wkq = new Packet(wkq, I_DEVB, K_DEV);
  new HandlerTask(I_HANDLERB, 3000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());
  new DeviceTask(I_DEVA, 4000, null, new TaskState().waiting(), new DeviceTaskRec());
  new DeviceTask(I_DEVB, 5000, null, new TaskState().waiting(), new DeviceTaskRec());
  schedule();
  return [area.qpktCount, area.holdCount];
}

function main(iterations) {
  let ok = 0, qpktCount = 0, holdCount = 0;
  for (let i = 0; i < iterations; i++) {
    [qpktCount, holdCount] = runOnce();
    if (qpktCount === 23246 && holdCount === 9297) ok++;
  }
  console.log('iterations:', iterations, 'correct:', ok);
  console.log('qpkt_count:', qpktCount, 'hold_count:', holdCount);
}

main(20);
