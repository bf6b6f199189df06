import { PingEntity } from './ping.entity';

export { PingEntity, type PingStatus } from './ping.entity';

export const ENTITIES = [PingEntity];
