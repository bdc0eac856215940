// The viewer's IANA time zone, so the back office can show times in it beside UTC.
export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
