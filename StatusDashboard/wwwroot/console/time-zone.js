// The IANA time zone of the operator's browser, so the console reads and shows times in it.
export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
