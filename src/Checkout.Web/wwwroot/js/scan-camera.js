// Reads a QR code from the camera with the browser's own BarcodeDetector, so only the code's text reaches the
// server. Loaded as a module by the wallet's scan page (CSP: script-src 'self', no inline script).

const scanEveryMs = 250;
let stream = null;
let timer = null;

export function isSupported() {
    return 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;
}

export async function start(video, page) {
    stop(video);
    const formats = await BarcodeDetector.getSupportedFormats();
    if (!formats.includes('qr_code')) {
        throw new Error('This browser cannot read QR codes from the camera.');
    }
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    await video.play();
    const scan = async () => {
        try {
            const codes = await detector.detect(video);
            if (codes.length > 0) {
                stop(video);
                await page.invokeMethodAsync('OnCameraCode', codes[0].rawValue);
                return;
            }
        } catch {
            // A frame the detector could not read (not ready yet, or blurred): try the next one.
        }
        timer = setTimeout(scan, scanEveryMs);
    };
    scan();
}

export function stop(video) {
    clearTimeout(timer);
    timer = null;
    stream?.getTracks().forEach(track => track.stop());
    stream = null;
    if (video) {
        video.srcObject = null;
    }
}
