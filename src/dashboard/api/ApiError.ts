// An API answer that was not a success: the HTTP status and the server's error code
// (docs/api.md, "Errors"), so pages can say what went wrong in the teacher's language.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
