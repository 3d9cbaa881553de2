// Writes a brotli (.br) and a gzip (.gz) copy next to every stylesheet, script and SVG picture
// under the folder given (the build's target/classes/static), at the best compression: the
// server sends one of them to a browser that accepts it instead of compressing on every request
// (AssetsConfiguration's EncodedResourceResolver). A copy that would not be smaller is not written.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = process.argv[2];
if (!root) {
	console.error('usage: node compress-assets.mjs <static folder>');
	process.exit(2);
}

function* files(folder) {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) {
			yield* files(path);
		} else if (/\.(css|js|svg)$/.test(name)) {
			yield path;
		}
	}
}

let written = 0;
for (const path of files(root)) {
	const content = readFileSync(path);
	const copies = {
		'.br': brotliCompressSync(content, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: content.length,
			},
		}),
		'.gz': gzipSync(content, { level: 9 }),
	};
	for (const [suffix, compressed] of Object.entries(copies)) {
		if (compressed.length < content.length) {
			writeFileSync(path + suffix, compressed);
			written++;
		}
	}
}
console.log(`compress-assets: ${written} compressed copies under ${root}`);
