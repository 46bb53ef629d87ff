/** One measured figure, printed as `name value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}
