export function freshDatabase(prefix?: string): Promise<{ url: string | undefined; drop: () => Promise<void> }>;
