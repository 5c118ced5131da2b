"use client";

import { useEffect, useRef } from "react";

/**
 * Inside a GET form: leaves empty fields out of the URL it submits (`?q=&from=` becomes `?`).
 * Without JavaScript the server redirects such a URL to the same view instead (redirectWithoutEmpty).
 */
export function DropEmptyFields() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onFormData = (event: FormDataEvent) => {
      for (const key of new Set(event.formData.keys())) {
        const values = event.formData.getAll(key).filter((v) => v !== "");
        event.formData.delete(key);
        for (const v of values) event.formData.append(key, v);
      }
    };
    form.addEventListener("formdata", onFormData);
    return () => form.removeEventListener("formdata", onFormData);
  }, []);
  return <span ref={ref} hidden />;
}
