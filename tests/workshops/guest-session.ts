/** Joins a workshop with its invite code over HTTP, as the join page does, and returns the session cookie. */
export async function joinAsGuest(
  baseUrl: string,
  code: string,
  name: string,
): Promise<{ cookie: string; workshopId: string; userId: string }> {
  const res = await fetch(`${baseUrl}/trpc/workshops.join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
    body: JSON.stringify({ code, name, locale: 'ar' }),
  });
  if (!res.ok) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  const body = (await res.json()) as { result: { data: { workshopId: string; userId: string } } };
  return { cookie: cookie.split(';')[0]!, ...body.result.data };
}
