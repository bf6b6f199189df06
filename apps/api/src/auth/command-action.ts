/** The metadata key naming a command endpoint's action in the audit log (see command.decorator.ts). */
export const COMMAND_ACTION = 'safecase:command';
