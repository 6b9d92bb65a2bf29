export * from "./common";
export * from "./competency";
export * from "./cv";
export * from "./error";
export * from "./experience";
export * from "./profile";
export * from "./proof";
export * from "./user";
