/** A request the upstream would refuse with a 400: the message says which rule it broke. */
export class RequestRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestRefused';
  }
}

/** Thrown to drop the client's connection ('reset'); the app rethrows it so a caller sees a network error. */
export class SimulatedConnectionReset extends Error {
  constructor() {
    super('The simulator reset the connection.');
    this.name = 'SimulatedConnectionReset';
  }
}
