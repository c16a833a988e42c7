// Renderer: a form's or dialog's error in words, announced when it appears (role="alert"); nothing when there is none.
export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  return message ? (
    <p className="field-error" role="alert" id={id}>
      {message}
    </p>
  ) : null;
}
