// Saves text as a file through the browser's download prompt: nothing leaves the device
// except where the rep puts the file.

/** Offers `text` for download as `filename`. */
export function downloadText(text: string, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
