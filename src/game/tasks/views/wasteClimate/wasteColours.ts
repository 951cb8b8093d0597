// Colours of the waste-climate view: one per waste stream (like the Flemish bins and bags)
// and one per part of the CO2 footprint.
import type { FootprintPart } from '../../../../core/tasks/wasteClimate/climateMeasures';
import type { WasteStream } from '../../../../core/tasks/wasteClimate/wasteStreams';

export const STREAM_COLOUR: Record<WasteStream, number> = {
  pmd: 0x3a7bd5,
  paper: 0xc9a66b,
  organic: 0x37a35c,
  residual: 0x8a8a8a,
  glass: 0x2fb5a5,
  cups: 0xff4fa3,
};

export const PART_COLOUR: Record<FootprintPart, number> = {
  travel: 0xff8c42,
  food: 0x37c871,
  energy: 0xffd23f,
  waste: 0x8c6cff,
};
