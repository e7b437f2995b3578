// The tab's API (/tab/api), always with the SSO token; a refused request says why.
export class ApiError extends Error {
  constructor(status) { super(`HTTP ${status}`); this.status = status; }
}

export function client(token) {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    async get(path) {
      const response = await fetch(`/tab/api/${path}`, { headers });
      if (!response.ok) throw new ApiError(response.status);
      return response.json();
    },
    // Downloads go through fetch too: a plain link would carry no token.
    async download(path, fileName) {
      const response = await fetch(`/tab/api/${path}`, { headers });
      if (!response.ok) throw new ApiError(response.status);
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  };
}
