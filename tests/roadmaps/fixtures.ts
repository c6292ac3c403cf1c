// A small roadmap of two stages that tests add in the app (definitions only, so each line is one card).

export const MY_ROADMAP = `# 我的缓存笔记

## 第一阶段：基础

- Redis：内存键值数据库，常用作缓存
- 缓存穿透：查询不存在的数据，请求直达数据库
- 缓存雪崩：大量缓存同时过期

## 第二阶段：进阶

- 布隆过滤器：判断元素可能存在或一定不存在
- 一致性哈希：节点增减时只迁移少量键
`;
