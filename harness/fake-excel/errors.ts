/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo). */

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  innerError: FakeOfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Static error codes, as on OfficeExtension.ErrorCodes. */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call ` +
      `"context.sync()" on the associated request context.`
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    message ?? "The argument is invalid or missing or has an incorrect format.",
    location
  );
}

export function dimensionMismatch(location: string): FakeOfficeError {
  return invalidArgument(
    location,
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
  );
}

export function invalidOperation(location: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidOperation",
    message ?? "The operation is invalid for the object or the current state of the object.",
    location
  );
}

export function itemAlreadyExists(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", location);
}

export function invalidObjectPath(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. If you're using the object across multiple " +
      '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
      '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    location
  );
}

export function payloadTooLarge(): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    "The request payload size has exceeded the limit. Please refer to the documentation: " +
      '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization' +
      '#excel-add-ins".'
  );
}

export function notImplemented(what: string): Error {
  return new Error(`${what} is not implemented by the fake Excel host (harness/fake-excel).`);
}
