// Synthesises the game's music loop and sound effects into small mono 22 kHz WAV files in
// assets/audio, and writes assets/CREDITS.md. Run: npx tsx scripts/make-sounds.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRng } from '../src/core/random/Rng';

const RATE_HZ = 22050;
const OUT = 'assets/audio';
const rng = createRng(2024);

type Voice = (timeS: number) => number;

function render(durationS: number, voice: Voice): Float32Array {
  const samples = new Float32Array(Math.round(durationS * RATE_HZ));
  for (let i = 0; i < samples.length; i++) samples[i] = voice(i / RATE_HZ);
  return samples;
}

/** 16-bit mono PCM WAV bytes. */
function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE_HZ, 24);
  header.writeUInt32LE(RATE_HZ * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const TAU = 2 * Math.PI;
const sine = (hz: number, t: number) => Math.sin(TAU * hz * t);
const square = (hz: number, t: number) => (Math.sin(TAU * hz * t) >= 0 ? 1 : -1);
const noise = () => rng.next() * 2 - 1;
/** A quick attack and exponential decay envelope. */
const pluck = (t: number, decayS: number) => (t < 0 ? 0 : Math.min(1, t / 0.004) * Math.exp(-t / decayS));
const midiHz = (note: number) => 440 * 2 ** ((note - 69) / 12);

// Music: two bars at 120 BPM (4 s) that loop seamlessly: kick, off-beat hats, bass and arpeggio.
const BEAT_S = 0.5;
const BASS = [45, 45, 48, 48, 43, 43, 40, 40]; // A2 A2 C3 C3 G2 G2 E2 E2, one per beat
const ARP = [69, 72, 76, 72, 67, 71, 74, 71, 64, 67, 71, 67, 64, 68, 71, 76];
const music = render(8 * BEAT_S, (t) => {
  const beat = Math.floor(t / BEAT_S);
  const inBeat = t - beat * BEAT_S;
  const kickHz = 50 + 90 * Math.exp(-inBeat / 0.03);
  const kick = sine(kickHz, inBeat) * pluck(inBeat, 0.12) * 0.8;
  const offS = inBeat - BEAT_S / 2;
  const hat = offS >= 0 ? noise() * pluck(offS, 0.025) * 0.18 : 0;
  const bassNote = BASS[beat % BASS.length] ?? 45;
  const bass = square(midiHz(bassNote), t) * pluck(inBeat, 0.35) * 0.16;
  const step = Math.floor(t / (BEAT_S / 2));
  const inStep = t - step * (BEAT_S / 2);
  const arpNote = ARP[step % ARP.length] ?? 69;
  const arp =
    (sine(midiHz(arpNote), t) * 0.7 + sine(midiHz(arpNote) * 2, t) * 0.2) * pluck(inStep, 0.12) * 0.22;
  return (kick + hat + bass + arp) * 0.8;
});

const click = render(0.07, (t) => sine(1400 - t * 8000, t) * pluck(t, 0.015) * 0.6);
const success = render(0.7, (t) => {
  const notes = [72, 76, 79, 84];
  const i = Math.min(notes.length - 1, Math.floor(t / 0.1));
  const local = t - i * 0.1;
  return (
    (sine(midiHz(notes[i] ?? 72), t) + 0.3 * sine(midiHz(notes[i] ?? 72) * 2, t)) *
    pluck(local, i === 3 ? 0.25 : 0.08) *
    0.5
  );
});
const fail = render(0.55, (t) => {
  const hz = t < 0.22 ? 311 : 233;
  const local = t < 0.22 ? t : t - 0.22;
  return (square(hz, t) * 0.35 + sine(hz / 2, t) * 0.4) * pluck(local, 0.16) * 0.5;
});
// A crowd cheer: filtered noise swelling and fading, with a few whistles on top.
let low = 0;
const cheer = render(1.6, (t) => {
  low += (noise() - low) * 0.25;
  const swell = Math.sin(Math.PI * Math.min(1, t / 1.6)) ** 0.7;
  const whistle = t > 0.3 && t < 0.9 ? sine(1800 + 500 * Math.sin(TAU * 3 * t), t) * 0.08 : 0;
  return (low * 0.8 + noise() * 0.1) * swell * 0.7 + whistle * swell;
});

mkdirSync(OUT, { recursive: true });
const sounds = { music, click, success, fail, cheer };
let totalBytes = 0;
for (const [name, samples] of Object.entries(sounds)) {
  const bytes = wav(samples);
  totalBytes += bytes.length;
  writeFileSync(`${OUT}/${name}.wav`, bytes);
}
writeFileSync(
  'assets/CREDITS.md',
  `# Credits

Everything in \`assets/\` is made for Festivalmakers and released under the project's MIT licence.

## Sound (\`assets/audio\`)
Synthesised by \`scripts/make-sounds.ts\` (sine, square and noise voices with envelopes, mono,
${RATE_HZ} Hz, 16-bit WAV). Regenerate with \`npx tsx scripts/make-sounds.ts\`.

| file | what |
|---|---|
| music.wav | a two-bar dance loop at 120 BPM: kick, hi-hats, bass line, arpeggio |
| click.wav | a short button click |
| success.wav | a rising major arpeggio for a right answer |
| fail.wav | a falling two-note buzz for a wrong answer |
| cheer.wav | a crowd cheer made from filtered noise and whistles |

## Art
All art (avatar, festival site, zones, stations, visitors, stage, icons) is drawn in code with
Phaser Graphics and shapes in \`src/game\`. No outside images or fonts are used.
`,
);
console.log(
  `wrote ${Object.keys(sounds).length} sounds, ${Math.round(totalBytes / 1024)} KB in total, to ${OUT}`,
);
